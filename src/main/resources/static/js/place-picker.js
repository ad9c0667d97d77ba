// Picking a place for a role's units: a suggestion button puts its P-code in place of the word being typed.
document.addEventListener('click', function (event) {
  var button = event.target.closest('button.pick-place');
  if (!button) {
    return;
  }
  var input = document.getElementById(button.dataset.field);
  var words = input.value.split(/[,;\s]+/).filter(function (w) { return w.length > 0; });
  if (words.length > 0 && !/[,;\s]$/.test(input.value)) {
    words.pop();
  }
  if (words.indexOf(button.dataset.pcode) < 0) {
    words.push(button.dataset.pcode);
  }
  input.value = words.join(', ') + ', ';
  var list = document.getElementById('suggest_' + button.dataset.field);
  if (list) {
    list.innerHTML = '';
  }
  input.focus();
});
